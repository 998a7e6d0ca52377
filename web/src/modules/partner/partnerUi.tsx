import { Badge, Tag, Typography, type BadgeProps } from 'antd';
import type { AuthenticationStatus, CspTier, DevelopmentPhase, DevelopmentStatus, PartnerStatus, Program } from '../../gql/graphql';
import {
  authenticationStatusLabel,
  developmentStatusLabel,
  partnerStatusLabel,
  phaseLabel,
  programLabel,
  tierLabel,
} from '../../lib/labels';

/** TanStack Query key prefix of every `myPartner` query; mutations invalidate it. */
export const myPartnerKey = ['myPartner'] as const;

const STATUS_BADGES: Record<AuthenticationStatus, BadgeProps['status']> = {
  NOT_SUBMITTED: 'default',
  PENDING: 'processing',
  APPROVED: 'success',
  REJECTED: 'error',
};

/** A coloured dot and the status in normal text colour (coloured tag texts fail WCAG contrast). */
export function AuthenticationStatusBadge({ status }: { status: AuthenticationStatus }) {
  return <Badge status={STATUS_BADGES[status]} text={authenticationStatusLabel(status)} />;
}

/** The earlier name of AuthenticationStatusBadge (used by the operator pages). */
export const AuthenticationStatusTag = AuthenticationStatusBadge;

export function PartnerStatusBadge({ status }: { status: PartnerStatus }) {
  return <Badge status={status === 'ACTIVE' ? 'success' : 'default'} text={partnerStatusLabel(status)} />;
}

/** R-PA-3: incentives are paid only when both authentications are approved. */
export function IncentivesBadge({ canReceive }: { canReceive: boolean }) {
  return canReceive ? (
    <Badge status="success" text="Can receive incentives" />
  ) : (
    <Badge status="warning" text="Cannot receive incentives yet" />
  );
}

export interface ProgramLevelInfo {
  program: Program;
  tier?: CspTier | null;
  phase?: DevelopmentPhase | null;
  developmentStatus?: DevelopmentStatus | null;
}

/** The tier of a Cloud Solution Provider, or the phase and status of a development path (R-PA-5); "—" otherwise. */
export function programLevel(p: ProgramLevelInfo): string | null {
  if (p.tier) return tierLabel(p.tier);
  if (p.phase) return `${phaseLabel(p.phase)}${p.developmentStatus ? ` · ${developmentStatusLabel(p.developmentStatus)}` : ''}`;
  return null;
}

/** "Cloud Solution Provider · Standard" as a tag. */
export function ProgramTag({ program }: { program: ProgramLevelInfo }) {
  const level = programLevel(program);
  return (
    <Tag color="blue">
      {programLabel(program.program)}
      {level ? ` · ${level}` : ''}
    </Tag>
  );
}

export function Dash() {
  return <Typography.Text type="secondary">—</Typography.Text>;
}

/** R-PA-6 */
export const RENEWAL_NOTE = 'Renews automatically on 31 January each year.';

// ---- Client checks mirroring the server's rules ----

/** R-PA-2: Han characters, Latin letters, digits, spaces and common punctuation (as the server checks it). */
const COMPANY_NAME = /^[\p{Script=Han}A-Za-z0-9 .,&'()\-/（）·、，。]+$/u;
const HAS_WORD = /[\p{Script=Han}A-Za-z]/u;

/** The message for an invalid company name, or null when the server will accept it. */
export function companyNameProblem(name: string): string | null {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed.length < 2 || trimmed.length > 200) return 'The company name must have 2 to 200 characters.';
  if (!COMPANY_NAME.test(trimmed) || !HAS_WORD.test(trimmed)) {
    return 'Use Chinese or English only: Chinese characters, Latin letters, digits, spaces and common punctuation.';
  }
  return null;
}

export const PHONE = /^\+?[0-9 ()-]{5,30}$/;
export const PHONE_MESSAGE = 'Enter a phone number: digits, spaces, "-", "(", ")" and an optional leading "+".';

/** Trimmed text, or null for an empty field (clears it on the server). */
export function orNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
