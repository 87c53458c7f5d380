import { Text } from "@fluentui/react-components";
import { useId } from "react";

import { RECIPIENT_FIELDS } from "../../engine/index.ts";
import type { RecipientField } from "../../engine/index.ts";
import { numberText } from "../../engine/texts/numbers.ts";
import { useStrings } from "../StringsContext.ts";

import { useRecipientCountsStyles } from "./RecipientCounts.styles.ts";

export interface RecipientCountsProps {
  /** Entries in each field, as Outlook shows them. */
  fieldCounts: Record<RecipientField, number>;
  /** Visible people outside the organisation. */
  outside: number;
  /** Visible colleagues. */
  colleagues: number;
}

/** To, Cc and Bcc counts, and who in To and Cc is from outside. */
export function RecipientCounts({ fieldCounts, outside, colleagues }: RecipientCountsProps) {
  const strings = useStrings();
  const styles = useRecipientCountsStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Text as="h2" id={headingId} weight="semibold" size={400} className={styles.heading}>
        {strings.counts.heading}
      </Text>
      <dl className={styles.counts}>
        {RECIPIENT_FIELDS.map((field) => (
          <div key={field} className={styles.count}>
            <dt className={styles.label}>{strings.fields[field]}</dt>
            <dd className={styles.value}>{numberText(fieldCounts[field], strings.language)}</dd>
          </div>
        ))}
      </dl>
      <Text as="p" className={styles.summary}>
        {strings.counts.inToCc(outside, colleagues)}
      </Text>
    </section>
  );
}
