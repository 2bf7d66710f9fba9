import { AppShell, Box, Burger, Group, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, useRouterState, type RouterState } from '@tanstack/react-router';
import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { LanguageSwitcher } from '../i18n/language-switcher';
import { useI18n } from '../i18n/use-i18n';

interface AppFrameProps {
  /** The signed-in person's menu; visitors' pages have none. */
  navbar?: (close: () => void) => ReactNode;
  /** Header tools before the language switcher (bell, user menu). */
  tools?: ReactNode;
  /** Use the whole width (the pipeline board). */
  wide?: boolean;
  children: ReactNode;
}

/**
 * Header, side menu (a drawer below 992 px) and the page. Following a link moves the keyboard and
 * screen reader to the new page's start, as a page load would.
 */
export function AppFrame({ navbar, tools, wide = false, children }: AppFrameProps) {
  const { t } = useI18n();
  const [opened, { toggle, close }] = useDisclosure(false);
  const mainRef = useRef<HTMLElement>(null);
  const page = useRouterState({ select: currentPage });
  const shownPage = useRef(page);

  useEffect(() => {
    if (shownPage.current === page) return;
    shownPage.current = page;
    mainRef.current?.focus();
  }, [page]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={navbar ? { width: 230, breakpoint: 'md', collapsed: { mobile: !opened } } : undefined}
      padding={{ base: 'sm', sm: 'md', lg: 'lg' }}
    >
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0}>
            {navbar && (
              <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" aria-label={t(opened ? 'shell.menu.close' : 'shell.menu.open')} />
            )}
            <UnstyledButton component={Link} to="/" className="brand" aria-label={t('shell.home')}>
              <span className="brand__mark" aria-hidden="true" />
              <Box component="span" className="brand__text" visibleFrom="xs">
                <Text component="span" fw={700} lang="fr" className="brand__name">
                  {t('app.name')}
                </Text>
                <Text component="span" size="xs" c="dimmed" visibleFrom="sm" className="brand__tagline">
                  {t('app.tagline')}
                </Text>
              </Box>
            </UnstyledButton>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {tools}
            <LanguageSwitcher />
          </Group>
        </Group>
      </AppShell.Header>
      {navbar && <AppShell.Navbar p="sm">{navbar(close)}</AppShell.Navbar>}
      <AppShell.Main id="main" ref={mainRef} tabIndex={-1}>
        <div className={wide ? 'page-container page-container--wide' : 'page-container'}>{children}</div>
      </AppShell.Main>
    </AppShell>
  );
}

/**
 * Which page is shown: the route with its parameters, except where a route only opens something
 * over its page (the board's match dialog), which keeps the focus where the dialog puts it.
 */
function currentPage(state: RouterState): string {
  const leaf = state.matches.at(-1);
  if (!leaf) return state.location.pathname;
  return leaf.staticData.page ?? leaf.pathname;
}

/** The skip link focuses <main> instead of changing the address. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
