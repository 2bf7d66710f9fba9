import { Language } from '../common/i18n-messages';
import { NotificationKind } from './notification.enums';
import { renderNotification, StoredParams } from './notification-templates';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const GREETINGS: Record<Language, (name: string | null) => string> = {
  fr: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
  ar: (name) => (name ? `مرحبا \u2068${name}\u2069،` : 'مرحبا،'),
  en: (name) => (name ? `Hello ${name},` : 'Hello,'),
};

const FOOTERS: Record<Language, string[]> = {
  fr: ['Retrouvez cette notification et les suivantes dans Passerelle.', '— L’équipe du cluster'],
  ar: ['تجدون هذا الإشعار وغيره في منصة Passerelle.', '— فريق التجمع'],
  en: ['You will find this and later notifications in Passerelle.', '— The cluster team'],
};

/** A button (HTML) or a line with the address (text) that opens a page of the web client. */
export interface EmailAction {
  label: string;
  url: string;
}

const OPEN_LABELS: Record<Language, string> = { fr: 'Ouvrir dans Passerelle', ar: 'فتح في منصة Passerelle', en: 'Open in Passerelle' };

/**
 * The e-mail of a notification in the recipient's language: plain text, and HTML built from the
 * same text, escaped. `url` (absolute) is where its link leads in the web client, if it has one.
 */
export function renderEmail(
  kind: NotificationKind,
  params: StoredParams,
  language: Language,
  recipientName: string | null,
  url: string | null = null,
): RenderedEmail {
  const { title, body } = renderNotification(kind, params, language);
  return composeEmail(language, recipientName, title, body.split('\n'), url ? { label: OPEN_LABELS[language], url } : null, FOOTERS[language]);
}

/** Greeting, title, lines, an optional action and a footer, as text and as HTML (right to left in Arabic). */
export function composeEmail(
  language: Language,
  recipientName: string | null,
  title: string,
  lines: string[],
  action: EmailAction | null,
  footer: string[],
): RenderedEmail {
  const greeting = GREETINGS[language](recipientName?.trim() || null);
  const actionText = action ? `${action.label}${language === 'fr' ? '\u00a0: ' : ': '}${action.url}` : null;
  return {
    subject: title,
    text: [greeting, lines.join('\n'), actionText, footer.join('\n')].filter((part): part is string => Boolean(part)).join('\n\n'),
    html: layout(language, title, greeting, lines, action, footer),
  };
}

/** The closing lines of account e-mails (resets, invitations): no "notification" to find in the app. */
export const TEAM_SIGNATURE: Record<Language, string[]> = {
  fr: ['— L’équipe du cluster'],
  ar: ['— فريق التجمع'],
  en: ['— The cluster team'],
};

function layout(language: Language, title: string, greeting: string, lines: string[], action: EmailAction | null, footer: string[]): string {
  const dir = language === 'ar' ? 'rtl' : 'ltr';
  const paragraph = (text: string, style = 'margin:0 0 12px') => `<p style="${style}">${escapeHtml(text)}</p>`;
  const button = action
    ? [
        `<p style="margin:20px 0"><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#1d4ed8;color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:6px;font-weight:600">${escapeHtml(action.label)}</a></p>`,
        `<p style="margin:0 0 12px;font-size:13px;color:#57534e;word-break:break-all" dir="ltr">${escapeHtml(action.url)}</p>`,
      ]
    : [];
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}" dir="${dir}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#f5f5f4;font-family:system-ui,-apple-system,\'Segoe UI\',Tahoma,Arial,sans-serif;color:#1c1917;line-height:1.5">',
    `<div dir="${dir}" style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px;text-align:${language === 'ar' ? 'right' : 'left'}">`,
    paragraph(greeting),
    `<h1 style="font-size:18px;margin:0 0 16px">${escapeHtml(title)}</h1>`,
    ...lines.map((line) => paragraph(line)),
    ...button,
    `<p style="margin:24px 0 0;color:#57534e;font-size:13px">${footer.map(escapeHtml).join('<br>')}</p>`,
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}
