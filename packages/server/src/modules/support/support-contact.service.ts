/** The vendor's support address (FOYER_SUPPORT_EMAIL): public, so it is told to anyone who asks. */
export class SupportContactService {
  constructor(private readonly supportEmail: string) {}

  contact(): { email: string } {
    return { email: this.supportEmail };
  }
}
