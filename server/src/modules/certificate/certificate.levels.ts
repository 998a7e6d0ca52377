import { registerEnumType } from 'type-graphql';

/** R-DP-9: HCIA < HCIP < HCIE, and HCCDA < HCCDP < HCCDE for developer certificates. */
export enum CertificateLevel {
  HCIA = 'HCIA',
  HCIP = 'HCIP',
  HCIE = 'HCIE',
  HCCDA = 'HCCDA',
  HCCDP = 'HCCDP',
  HCCDE = 'HCCDE',
  CLOUD_MIGRATION = 'CLOUD_MIGRATION',
  PROJECT_MANAGEMENT = 'PROJECT_MANAGEMENT',
}
registerEnumType(CertificateLevel, { name: 'CertificateLevel', description: 'HCIA < HCIP < HCIE; HCCDA < HCCDP < HCCDE; Cloud Migration; project management.' });

export enum CertificateFamily {
  HCIX = 'HCIX',
  HCCDX = 'HCCDX',
  CLOUD_MIGRATION = 'CLOUD_MIGRATION',
  PROJECT_MANAGEMENT = 'PROJECT_MANAGEMENT',
}
registerEnumType(CertificateFamily, { name: 'CertificateFamily' });

const LADDERS: Record<CertificateFamily, readonly CertificateLevel[]> = {
  HCIX: [CertificateLevel.HCIA, CertificateLevel.HCIP, CertificateLevel.HCIE],
  HCCDX: [CertificateLevel.HCCDA, CertificateLevel.HCCDP, CertificateLevel.HCCDE],
  CLOUD_MIGRATION: [CertificateLevel.CLOUD_MIGRATION],
  PROJECT_MANAGEMENT: [CertificateLevel.PROJECT_MANAGEMENT],
};

export function familyOf(level: CertificateLevel): CertificateFamily {
  return (Object.keys(LADDERS) as CertificateFamily[]).find((family) => LADDERS[family].includes(level))!;
}

/** Position on its family's ladder: 0 for HCIA/HCCDA, 2 for HCIE/HCCDE. */
export function levelRank(level: CertificateLevel): number {
  return LADDERS[familyOf(level)].indexOf(level);
}

/**
 * R-DP-9: "`minimum` or higher" — same family and at least as high. Levels of different families are not
 * comparable: an HCCDE is not "HCIA or higher".
 */
export function isAtLeast(level: CertificateLevel, minimum: CertificateLevel): boolean {
  return familyOf(level) === familyOf(minimum) && levelRank(level) >= levelRank(minimum);
}

/** The levels that satisfy "`minimum` or higher", e.g. HCIA → [HCIA, HCIP, HCIE]. */
export function levelsAtLeast(minimum: CertificateLevel): CertificateLevel[] {
  const ladder = LADDERS[familyOf(minimum)];
  return ladder.slice(ladder.indexOf(minimum));
}

/** R-DP-6: individuals upload HCIX and HCCDX certificates (and project management ones); Cloud Migration arrives by synchronisation. */
export function isUploadable(level: CertificateLevel): boolean {
  return level !== CertificateLevel.CLOUD_MIGRATION;
}
