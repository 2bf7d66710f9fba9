import { useI18n } from '../i18n/use-i18n';

interface Contact {
  name: string;
  organisation: string | null;
  email: string;
  phone: string | null;
}

/** Name, organisation, e-mail and phone, shared once both sides said yes. */
export function ContactCard({ label, contact }: { label: string; contact: Contact }) {
  const { t } = useI18n();
  return (
    <address className="contact-card" data-testid="contact-card">
      <p className="contact-card__label">{label}</p>
      <p className="contact-card__name">
        <bdi>{contact.name}</bdi>
      </p>
      {contact.organisation && (
        <p>
          <bdi>{contact.organisation}</bdi>
        </p>
      )}
      <p>
        <span className="visually-hidden">{t('contact.email')} </span>
        <a href={`mailto:${contact.email}`} dir="ltr">
          {contact.email}
        </a>
      </p>
      {contact.phone && (
        <p>
          <span className="visually-hidden">{t('contact.phone')} </span>
          <a href={`tel:${contact.phone.replace(/\s+/g, '')}`} dir="ltr">
            {contact.phone}
          </a>
        </p>
      )}
    </address>
  );
}
