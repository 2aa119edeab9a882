import nodemailer, { type Transporter } from 'nodemailer';

export interface AlertMailer {
  send(message: { to: string; subject: string; text: string; messageId: string }): Promise<void>;
  close(): void;
}

/** SMTP through nodemailer; one pooled-less transport per worker process. */
export function createAlertMailer(smtpUrl: string, from: string): AlertMailer {
  const transport: Transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(m) {
      // A stable Message-ID per delivery: should a crash make the worker send again, mail systems can tell it is the same message.
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text, messageId: m.messageId });
    },
    close: () => transport.close(),
  };
}
