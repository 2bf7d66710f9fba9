import { Avatar, Menu, UnstyledButton, Text, Badge, Group } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { SignOutMenuItem } from '../auth/sign-out-button';
import { useI18n } from '../i18n/use-i18n';
import { useViewer } from '../layout/viewer';
import { NotificationBell } from '../notifications/notification-bell';

/** The bell and the person's menu (account, sign out). */
export function HeaderTools() {
  const { t } = useI18n();
  const { data } = useViewer();
  return (
    <>
      <NotificationBell />
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={t('shell.userMenu')} data-testid="user-menu" className="user-menu">
            <Group gap={6} wrap="nowrap">
              {/* On a phone the name is hidden: the initials say whose menu this is. */}
              <Avatar name={data?.me.fullName} color="initials" size={30} hiddenFrom="sm" aria-hidden="true" />
              <Text component="span" size="sm" fw={600} dir="auto" truncate maw={160} visibleFrom="sm">
                {data?.me.fullName ?? t('header.userLoading')}
              </Text>
              {data && (
                <Badge variant="light" size="sm" visibleFrom="lg">
                  {t(`role.${data.me.role}`)}
                </Badge>
              )}
              <span aria-hidden="true">▾</span>
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item component={Link} to="/account">
            {t('nav.account')}
          </Menu.Item>
          <SignOutMenuItem />
        </Menu.Dropdown>
      </Menu>
    </>
  );
}
