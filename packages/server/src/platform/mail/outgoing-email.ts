/** One e-mail as the outbox stores it: both a plain-text and an HTML part, always. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Optional Reply-To, e.g. the administrator who sent an invitation. */
  replyTo?: string;
}
