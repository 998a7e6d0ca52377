import { Link } from 'react-router';
import { Badge, Card, Descriptions, Typography } from 'antd';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { useMyProfile } from './queries';

/** The individual's ID as partners know it: the login ID they invite, and whether enterprise authentication blocks it (R-DP-3). */
export function ProfilePage() {
  const profile = useMyProfile();
  const p = profile.data;
  return (
    <>
      <PageTitle title="Profile" subtitle="Your individual ID as partners see it." />
      {profile.isError ? <ErrorAlert error={profile.error} onRetry={() => void profile.refetch()} /> : null}
      <Card loading={profile.isPending}>
        {p ? (
          <Descriptions column={1} bordered size="middle">
            <Descriptions.Item label="Login ID">
              <Typography.Text strong copyable>
                {p.loginId}
              </Typography.Text>
              <br />
              <Typography.Text type="secondary">Partners invite you as dedicated personnel by this ID (your cloud tenant name).</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="Display name">{p.displayName}</Descriptions.Item>
            <Descriptions.Item label="E-mail">{p.email}</Descriptions.Item>
            <Descriptions.Item label="Enterprise authentication">
              <Badge
                status={p.enterpriseAuthenticated ? 'warning' : 'default'}
                text={p.enterpriseAuthenticated ? 'Authenticated as an enterprise user' : 'Not authenticated as an enterprise user'}
              />
              <br />
              <Typography.Text type="secondary">
                {p.enterpriseAuthenticated
                  ? 'An ID authenticated as an enterprise user cannot become dedicated personnel: partners cannot invite it and invitations cannot be accepted.'
                  : 'Partners can invite you as dedicated personnel. An ID authenticated as an enterprise user could not be.'}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        ) : null}
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          <Link to="/individual/account">Change your password in My account</Link>
        </Typography.Paragraph>
      </Card>
    </>
  );
}
