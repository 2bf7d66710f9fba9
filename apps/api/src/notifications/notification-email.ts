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
  ar: ['تجدون هذا الإشعار وغيره في منصة Passerelle.', '— فريق العنقود'],
  en: ['You will find this and later notifications in Passerelle.', '— The cluster team'],
};

/** The e-mail of a notification in the recipient's language: plain text, and HTML built from the same text, escaped. */
export function renderEmail(kind: NotificationKind, params: StoredParams, language: Language, recipientName: string | null): RenderedEmail {
  const { title, body } = renderNotification(kind, params, language);
  const greeting = GREETINGS[language](recipientName?.trim() || null);
  const footer = FOOTERS[language];
  return {
    subject: title,
    text: [greeting, body, footer.join('\n')].join('\n\n'),
    html: layout(language, title, greeting, body.split('\n'), footer),
  };
}

function layout(language: Language, title: string, greeting: string, lines: string[], footer: string[]): string {
  const dir = language === 'ar' ? 'rtl' : 'ltr';
  const paragraph = (text: string, style = 'margin:0 0 12px') => `<p style="${style}">${escapeHtml(text)}</p>`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}" dir="${dir}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#f5f5f4;font-family:system-ui,-apple-system,\'Segoe UI\',Tahoma,Arial,sans-serif;color:#1c1917;line-height:1.5">',
    `<div dir="${dir}" style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px;text-align:${language === 'ar' ? 'right' : 'left'}">`,
    paragraph(greeting),
    `<h1 style="font-size:18px;margin:0 0 16px">${escapeHtml(title)}</h1>`,
    ...lines.map((line) => paragraph(line)),
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
