import type { EntityManager } from '@mikro-orm/postgresql';
import { beijingDate } from '../common/beijing-time.js';
import { Account, AccountKind } from '../modules/account/account.entity.js';
import { Certificate, CertificateSource } from '../modules/certificate/certificate.entity.js';
import { CertificateLevel } from '../modules/certificate/certificate.levels.js';
import type { Partner } from '../modules/partner/partner.entity.js';
import { PersonnelAssociation } from '../modules/personnel/personnel-association.entity.js';
import { PersonnelInvitation } from '../modules/personnel/personnel-invitation.entity.js';
import { InvitationStatus, PersonnelPosition } from '../modules/personnel/personnel.enums.js';

const DAY = 86_400_000;

type DemoCertificate = { level: CertificateLevel; track: string; issuedDaysAgo: number; validDays: number };
type DemoIndividual = {
  loginId: string;
  displayName: string;
  enterpriseAuthenticated?: boolean;
  certificates?: DemoCertificate[];
  /** Current association: partner slug and position. */
  current?: { partner: string; position: PersonnelPosition; startedDaysAgo: number };
  /** Ended associations: partner slug, started and ended days ago. */
  past?: { partner: string; startedDaysAgo: number; endedDaysAgo: number }[];
  invitation?: { partner: string; sentDaysAgo: number };
};

/** Ten individual IDs (issue 4's demo data); li.wei is the README's demo individual. */
export const DEMO_INDIVIDUALS: DemoIndividual[] = [
  {
    loginId: 'li_wei',
    displayName: 'Li Wei',
    current: { partner: 'acme-cloud', position: PersonnelPosition.BD, startedDaysAgo: 240 },
    certificates: [
      { level: CertificateLevel.HCIP, track: 'Cloud Service', issuedDaysAgo: 300, validDays: 1095 },
      { level: CertificateLevel.HCCDA, track: 'Cloud Developer', issuedDaysAgo: 120, validDays: 1095 },
    ],
  },
  {
    loginId: 'zhang_min',
    displayName: 'Zhang Min',
    current: { partner: 'acme-cloud', position: PersonnelPosition.SA, startedDaysAgo: 400 },
    certificates: [{ level: CertificateLevel.HCIA, track: 'Cloud Computing', issuedDaysAgo: 500, validDays: 1095 }],
  },
  {
    loginId: 'chen_jing',
    displayName: 'Chen Jing',
    current: { partner: 'huayun', position: PersonnelPosition.PM, startedDaysAgo: 180 },
    certificates: [
      { level: CertificateLevel.PROJECT_MANAGEMENT, track: 'PMP', issuedDaysAgo: 700, validDays: 1095 },
      { level: CertificateLevel.HCIE, track: 'Cloud Service', issuedDaysAgo: 1200, validDays: 1095 },
    ],
  },
  {
    loginId: 'wang_fang',
    displayName: 'Wang Fang',
    current: { partner: 'nordlicht', position: PersonnelPosition.ENGINEER, startedDaysAgo: 90 },
    certificates: [{ level: CertificateLevel.CLOUD_MIGRATION, track: 'Cloud Migration', issuedDaysAgo: 60, validDays: 730 }],
  },
  {
    loginId: 'liu_yang',
    displayName: 'Liu Yang',
    past: [
      { partner: 'acme-cloud', startedDaysAgo: 340, endedDaysAgo: 300 },
      { partner: 'huayun', startedDaysAgo: 290, endedDaysAgo: 200 },
      { partner: 'nordlicht', startedDaysAgo: 190, endedDaysAgo: 50 },
    ],
    certificates: [{ level: CertificateLevel.HCIP, track: 'Datacom', issuedDaysAgo: 400, validDays: 1095 }],
  },
  { loginId: 'sun_li', displayName: 'Sun Li', enterpriseAuthenticated: true },
  { loginId: 'zhao_lei', displayName: 'Zhao Lei', invitation: { partner: 'acme-cloud', sentDaysAgo: 2 } },
  { loginId: 'huang_wei', displayName: 'Huang Wei', invitation: { partner: 'huayun', sentDaysAgo: 10 } },
  {
    loginId: 'zhou_xin',
    displayName: 'Zhou Xin',
    certificates: [
      { level: CertificateLevel.HCIP, track: 'Cloud Service', issuedDaysAgo: 30, validDays: 1095 },
      { level: CertificateLevel.HCCDP, track: 'Cloud Developer', issuedDaysAgo: 45, validDays: 1095 },
    ],
  },
  { loginId: 'wu_hao', displayName: 'Wu Hao' },
];

export function demoIndividualEmail(loginId: string): string {
  return `${loginId.replace('_', '.')}@individual.demo.test`;
}

/** Adds the demo individuals, their certificates, associations and invitations to the unit of work; the caller flushes. */
export function addDemoPersonnel(em: EntityManager, partners: Map<string, Partner>, passwordHash: string, now: Date): void {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const dateAgo = (days: number) => beijingDate(ago(days));
  let serial = 1000;
  for (const person of DEMO_INDIVIDUALS) {
    const individual = em.create(Account, {
      kind: AccountKind.INDIVIDUAL,
      email: demoIndividualEmail(person.loginId),
      loginId: person.loginId,
      displayName: person.displayName,
      enterpriseAuthenticated: person.enterpriseAuthenticated ?? false,
      passwordHash,
      partner: null,
      role: null,
      createdAt: now,
      updatedAt: now,
    });
    for (const c of person.certificates ?? []) {
      em.create(Certificate, {
        holder: individual,
        level: c.level,
        track: c.track,
        number: `${c.level.replace('_', '')}-${++serial}`,
        issuedOn: dateAgo(c.issuedDaysAgo),
        expiresOn: dateAgo(c.issuedDaysAgo - c.validDays),
        source: c.level === CertificateLevel.CLOUD_MIGRATION ? CertificateSource.SYNCHRONIZED : CertificateSource.UPLOADED,
        createdAt: now,
        updatedAt: now,
      });
    }
    for (const past of person.past ?? []) {
      em.create(PersonnelAssociation, {
        partner: partners.get(past.partner)!,
        individual,
        startedAt: ago(past.startedDaysAgo),
        endedAt: ago(past.endedDaysAgo),
        endedBy: 'system',
        position: PersonnelPosition.ENGINEER,
        createdAt: ago(past.startedDaysAgo),
        updatedAt: ago(past.endedDaysAgo),
      });
    }
    if (person.current) {
      em.create(PersonnelAssociation, {
        partner: partners.get(person.current.partner)!,
        individual,
        startedAt: ago(person.current.startedDaysAgo),
        position: person.current.position,
        employmentStart: dateAgo(person.current.startedDaysAgo + 30),
        createdAt: ago(person.current.startedDaysAgo),
        updatedAt: now,
      });
    }
    if (person.invitation) {
      const sent = ago(person.invitation.sentDaysAgo);
      em.create(PersonnelInvitation, {
        partner: partners.get(person.invitation.partner)!,
        individual,
        status: InvitationStatus.PENDING,
        invitedBy: `admin@${person.invitation.partner}.demo.test`,
        expiresAt: new Date(sent.getTime() + 7 * DAY),
        createdAt: sent,
        updatedAt: sent,
      });
    }
  }
}
