import { CertificateLevel, isAtLeast } from '../certificate/certificate.levels.js';
import { PersonnelPosition } from './personnel.enums.js';

type HeldCertificate = { level: CertificateLevel; issuedOn: string; expiresOn: string };

function validOn(certificate: HeldCertificate, date: string): boolean {
  return certificate.issuedOn <= date && date <= certificate.expiresOn;
}

/** R-BE-11 (with R-DP-9): BD or SA holding a valid HCIA-or-higher certificate. */
export function isFundingHeadEligible(position: PersonnelPosition, certificates: HeldCertificate[], date: string): boolean {
  if (position !== PersonnelPosition.BD && position !== PersonnelPosition.SA) return false;
  return certificates.some((c) => validOn(c, date) && isAtLeast(c.level, CertificateLevel.HCIA));
}

/** R-MA-5 (with R-DP-9): a valid project management, HCIA-or-higher or HCCDA-or-higher certificate on the date. */
export function isDeliveryEligible(certificates: HeldCertificate[], date: string): boolean {
  return certificates.some(
    (c) =>
      validOn(c, date) &&
      (c.level === CertificateLevel.PROJECT_MANAGEMENT || isAtLeast(c.level, CertificateLevel.HCIA) || isAtLeast(c.level, CertificateLevel.HCCDA)),
  );
}

export function eligibilityOn(position: PersonnelPosition, certificates: HeldCertificate[], date: string) {
  const fundingHead = isFundingHeadEligible(position, certificates, date);
  const delivery = isDeliveryEligible(certificates, date);
  const labels = [
    ...(fundingHead ? ['BD/SA with HCIA or higher'] : []),
    ...(delivery ? ['Valid PM/HCIA/HCCDA or higher'] : []),
  ];
  return { on: date, fundingHead, delivery, labels };
}
