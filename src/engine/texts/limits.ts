/**
 * Outlook's length limits on the texts we hand it, in UTF-16 code units (JavaScript `length`), which is never
 * less than the number of characters Outlook counts. Going over makes the call fail, so every text is fitted.
 */
export const LIMITS: {
  /** `errorMessage` of a Smart Alert. */
  errorMessage: 500;
  /** `errorMessageMarkdown` of a Smart Alert. */
  errorMessageMarkdown: 500;
  /** `cancelLabel` of a Smart Alert (the "Move to Bcc" button). */
  cancelLabel: 20;
  /** `message` of a notification message (infobar). */
  infobar: 150;
  /** `key` of a notification message. */
  infobarKey: 32;
  /** `actionText` of an insight infobar's action. */
  actionText: 30;
} = { errorMessage: 500, errorMessageMarkdown: 500, cancelLabel: 20, infobar: 150, infobarKey: 32, actionText: 30 };
