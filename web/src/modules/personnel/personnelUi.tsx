import { useQuery } from '@tanstack/react-query';
import { Badge, Space, Tag, Tooltip, Typography, type BadgeProps } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, DownloadOutlined } from '@ant-design/icons';
import type { CertificateLevel, InvitationStatus } from '../../gql/graphql';
import { request } from '../../lib/graphql';
import { certificateLevelLabel, certificateLevelOptions, INVITATION_STATUS_COLORS, invitationStatusLabel } from '../../lib/labels';
import { PersonnelViewerQuery } from './personnel.graphql';

/** TanStack Query key prefixes of this module; mutations invalidate them. */
export const personnelKeys = {
  personnel: ['personnel'] as const,
  invitations: ['personnelInvitations'] as const,
  certificates: ['partnerCertificates'] as const,
  history: ['certificateHistory'] as const,
};

/** R-ORG-4: only the administrator (master) account invites personnel and ends associations. */
export function useIsAdministrator(): boolean {
  const viewer = useQuery({
    queryKey: ['me', 'administrator'],
    queryFn: async () => (await request(PersonnelViewerQuery, {})).me,
    staleTime: 5 * 60_000,
  });
  return viewer.data?.role?.isAdministrator === true;
}

/** The top of each ladder needs no "or higher" (R-DP-9). */
const TOP_LEVELS: readonly CertificateLevel[] = ['HCIE', 'HCCDE', 'CLOUD_MIGRATION', 'PROJECT_MANAGEMENT'];

/** Options of the "certificate level or higher" filter (R-DP-9): HCIA or higher … HCIE, HCCDA or higher … HCCDE, Cloud Migration, project management. */
export const minimumLevelOptions = certificateLevelOptions.map(({ value, label }) => ({
  value,
  label: TOP_LEVELS.includes(value) ? label : `${label} or higher`,
}));

export interface CertificateLike {
  id: string;
  level: CertificateLevel;
  track: string;
  number: string;
  issuedOn: string;
  expiresOn: string;
  validToday: boolean;
}

// Dark text on a light tint: the preset tag colours fail WCAG contrast for small text.
const VALID_STYLE = { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' };
const INVALID_STYLE = { color: '#820014', background: '#fff1f0', borderColor: '#ffa39e' };

/** A certificate as a tag: its level, green when valid today and red otherwise, number and validity in a tooltip. */
export function CertificateTag({ certificate }: { certificate: CertificateLike }) {
  const valid = certificate.validToday;
  const title = `${certificateLevelLabel(certificate.level)} ${certificate.track} · No. ${certificate.number} · valid ${certificate.issuedOn} to ${certificate.expiresOn}${valid ? '' : ' (not valid today)'}`;
  return (
    <Tooltip title={title}>
      <Tag
        tabIndex={0}
        style={valid ? VALID_STYLE : INVALID_STYLE}
        icon={valid ? <CheckCircleFilled /> : <CloseCircleFilled />}
        data-certificate={certificate.number}
      >
        {certificateLevelLabel(certificate.level)}
      </Tag>
    </Tooltip>
  );
}

export function CertificateTags({ certificates }: { certificates: readonly CertificateLike[] }) {
  if (certificates.length === 0) return <Typography.Text type="secondary">None</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap>
      {certificates.map((c) => (
        <CertificateTag key={c.id} certificate={c} />
      ))}
    </Space>
  );
}

/** "Valid" / "Not valid today" with a coloured dot (normal text colour). */
export function ValidityBadge({ valid }: { valid: boolean }) {
  return <Badge status={valid ? 'success' : 'error'} text={valid ? 'Valid' : 'Not valid today'} />;
}

/** Download link of a certificate's proof (same-origin, the session cookie authorises it). */
export function ProofLink({ url, number }: { url: string | null | undefined; number: string }) {
  if (!url) return <Typography.Text type="secondary">No file</Typography.Text>;
  return (
    <Typography.Link href={url} target="_blank" rel="noopener" aria-label={`Download the proof of certificate ${number}`}>
      <DownloadOutlined /> Proof
    </Typography.Link>
  );
}

export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  return <Badge status={INVITATION_STATUS_COLORS[status] as BadgeProps['status']} text={invitationStatusLabel(status)} />;
}
