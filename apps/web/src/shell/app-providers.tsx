import { DirectionProvider, MantineProvider, mergeThemeOverrides, Notification } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { RouterProvider } from '@tanstack/react-router';
import 'dayjs/locale/ar-ma';
import 'dayjs/locale/fr';
import { useMemo } from 'react';
import { directionOf } from '../i18n/language';
import { useI18n } from '../i18n/use-i18n';
import { router } from '../router';
import { cssVariablesResolver, theme } from './theme';

const DAYJS_LOCALES = { fr: 'fr', ar: 'ar-ma', en: 'en' } as const;

/** The component library in the reader's language and direction (it follows <html dir>), then the pages. */
export function AppProviders() {
  const { language, t } = useI18n();
  // Toasts' close buttons are named in the page's language (Mantine's have no name).
  const localisedTheme = useMemo(
    () => mergeThemeOverrides(theme, { components: { Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('shell.closeToast') } } }) } }),
    [t],
  );
  return (
    <DirectionProvider initialDirection={directionOf(language)}>
      <MantineProvider theme={localisedTheme} cssVariablesResolver={cssVariablesResolver}>
        <DatesProvider settings={{ locale: DAYJS_LOCALES[language], firstDayOfWeek: 1 }}>
          <ModalsProvider>
            <Notifications position="top-center" />
            <RouterProvider router={router} />
          </ModalsProvider>
        </DatesProvider>
      </MantineProvider>
    </DirectionProvider>
  );
}
