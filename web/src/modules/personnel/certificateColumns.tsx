import { Button, Space, Typography, type TableColumnsType } from 'antd';
import { HistoryOutlined, SwapOutlined } from '@ant-design/icons';
import type { CertificateSource } from '../../gql/graphql';
import { certificateSourceLabel } from '../../lib/labels';
import { CertificateTag, ProofLink, ValidityBadge } from './personnelUi';
import type { TransferableCertificate } from './TransferCertificateModal';

export interface CertificateRow extends TransferableCertificate {
  source: CertificateSource;
  proofUrl?: string | null;
  holder: { id: string; loginId: string; displayName?: string };
}

export interface CertificateColumnOptions<T> {
  /** Show the holder column (the Certificates tab; a person's own list does not need it). */
  showHolder?: boolean;
  /** Offer "Transfer" (needs PERSONNEL_MANAGE); absent = no transfer. */
  onTransfer?: (certificate: T) => void;
  onHistory: (certificate: T) => void;
}

/** Columns of a certificate table: level, track and number, validity, source, proof, actions. */
export function certificateColumns<T extends CertificateRow>({ showHolder, onTransfer, onHistory }: CertificateColumnOptions<T>): TableColumnsType<T> {
  return [
    { title: 'Level', key: 'level', width: 150, render: (_, c) => <CertificateTag certificate={c} /> },
    ...(showHolder
      ? [
          {
            title: 'Holder',
            key: 'holder',
            width: 200,
            render: (_: unknown, c: T) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text strong>{c.holder.loginId}</Typography.Text>
                {c.holder.displayName ? <Typography.Text type="secondary">{c.holder.displayName}</Typography.Text> : null}
              </Space>
            ),
          },
        ]
      : []),
    { title: 'Track', dataIndex: 'track', key: 'track', width: 170 },
    { title: 'Number', dataIndex: 'number', key: 'number', width: 150 },
    {
      title: 'Validity',
      key: 'validity',
      width: 250,
      render: (_, c) => (
        <Space orientation="vertical" size={0}>
          <span>
            {c.issuedOn} – {c.expiresOn}
          </span>
          <ValidityBadge valid={c.validToday} />
        </Space>
      ),
    },
    { title: 'Source', dataIndex: 'source', key: 'source', width: 120, render: (source: CertificateSource) => certificateSourceLabel(source) },
    { title: 'Proof', key: 'proof', width: 100, render: (_, c) => <ProofLink url={c.proofUrl} number={c.number} /> },
    {
      title: 'Actions',
      key: 'actions',
      width: 200,
      render: (_, c) => (
        <Space size={0} wrap>
          {onTransfer ? (
            <Button type="link" size="small" icon={<SwapOutlined />} aria-label={`Transfer certificate ${c.number}`} onClick={() => onTransfer(c)}>
              Transfer
            </Button>
          ) : null}
          <Button type="link" size="small" icon={<HistoryOutlined />} aria-label={`History of certificate ${c.number}`} onClick={() => onHistory(c)}>
            History
          </Button>
        </Space>
      ),
    },
  ];
}
