import { Logger, Provider } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { SendMailOptions, Transporter } from 'nodemailer';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

export interface OutgoingEmail {
  to: string;
  language: string;
  subject: string;
  text: string;
  html: string;
}

/** Where the Mailer hands e-mails: an SMTP server, or (development and test, without SMTP_URL) .eml files. */
export interface MailTransport {
  readonly kind: 'smtp' | 'files';
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

export const mailTransportProvider: Provider = {
  provide: MAIL_TRANSPORT,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): MailTransport =>
    config.smtpUrl ? new SmtpTransport(config.smtpUrl, config.mailFrom) : new FileTransport(join(config.dataDir, 'mail-outbox'), config.mailFrom),
};

/** One connection per message, with timeouts well under the Mailer's lease on a claimed row. */
class SmtpTransport implements MailTransport {
  readonly kind = 'smtp';
  private readonly transporter: Transporter;

  constructor(url: string, from: string) {
    this.transporter = nodemailer.createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 }, { from });
  }

  async send(email: OutgoingEmail): Promise<void> {
    await this.transporter.sendMail(message(email));
  }

  close(): void {
    this.transporter.close();
  }
}

/** Development without a mail server: the very message SMTP would carry, written under DATA_DIR/mail-outbox/. */
class FileTransport implements MailTransport {
  readonly kind = 'files';
  private readonly logger = new Logger('Mailer');
  private readonly transporter: Transporter;

  constructor(
    private readonly directory: string,
    from: string,
  ) {
    this.transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }, { from });
  }

  async send(email: OutgoingEmail): Promise<void> {
    const info = await this.transporter.sendMail(message(email));
    await mkdir(this.directory, { recursive: true });
    const file = join(this.directory, `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(info.messageId).replace(/[^\w.-]/g, '')}.eml`);
    await writeFile(file, info.message as Buffer);
    this.logger.log({ msg: 'E-mail written to a file (no SMTP_URL)', to: email.to, subject: email.subject, file });
  }

  close(): void {
    this.transporter.close();
  }
}

function message(email: OutgoingEmail): SendMailOptions {
  return {
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    // Automated mail (RFC 3834): vacation responders should not answer it.
    headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': email.language },
  };
}
