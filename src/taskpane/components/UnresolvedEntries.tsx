import { Text } from "@fluentui/react-components";
import { useId } from "react";

import { useStrings } from "../StringsContext.ts";
import type { ListedPerson } from "../view/partyGroups.ts";

import { useUnresolvedEntriesStyles } from "./UnresolvedEntries.styles.ts";

export interface UnresolvedEntriesProps {
  entries: ListedPerson[];
}

/** Contact groups in To or Cc: why they cannot be moved, and what to do about them. */
export function UnresolvedEntries({ entries }: UnresolvedEntriesProps) {
  const strings = useStrings();
  const styles = useUnresolvedEntriesStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Text as="h2" id={headingId} weight="semibold" size={400} className={styles.heading}>
        {strings.unresolved.heading}
      </Text>
      <ul className={styles.list}>
        {entries.map((entry, index) => (
          <li key={`${entry.name}:${index}`} className={styles.entry}>
            {entry.name || entry.address || strings.unresolved.unnamed}
          </li>
        ))}
      </ul>
      <Text as="p" className={styles.text}>
        {strings.unresolved.why}
      </Text>
      <Text as="p" weight="semibold" className={styles.text}>
        {strings.unresolved.what(entries.length)}
      </Text>
    </section>
  );
}
