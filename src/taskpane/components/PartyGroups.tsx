import { Button, mergeClasses, Text } from "@fluentui/react-components";
import { useId, useState } from "react";

import type { PaneStrings } from "../../engine/texts/paneCatalog.ts";
import { useStrings } from "../StringsContext.ts";
import type { ListedPerson, PartyGroup } from "../view/partyGroups.ts";

import { usePartyGroupsStyles } from "./PartyGroups.styles.ts";

/** Groups shown before "Show all": enough for a normal thread, short enough to keep the pane scannable. */
const FIRST_GROUPS = 8;
/** People listed in an opened group; the rest are counted, so that 500 names never flood the pane. */
const LISTED_PEOPLE = 50;

export interface PartyGroupsProps {
  groups: PartyGroup[];
}

/**
 * Visible outside people by organisation, largest first, personal addresses together. Each group opens to list
 * its people.
 */
export function PartyGroups({ groups }: PartyGroupsProps) {
  const strings = useStrings();
  const styles = usePartyGroupsStyles();
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? groups : groups.slice(0, FIRST_GROUPS);
  const hasPersonal = groups.some((group) => group.kind === "personal");

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Text as="h2" id={headingId} weight="semibold" size={400} className={styles.heading}>
        {strings.groups.heading}
      </Text>
      {groups.length === 0 ? (
        <Text as="p" className={styles.text}>
          {strings.groups.noneOutside}
        </Text>
      ) : (
        <ul className={styles.groups}>
          {shown.map((group) => (
            <li key={group.key}>
              <GroupDisclosure group={group} />
            </li>
          ))}
        </ul>
      )}
      {groups.length > FIRST_GROUPS && (
        <Button appearance="subtle" onClick={() => setShowAll(!showAll)} className={styles.toggle}>
          {showAll ? strings.groups.showFewer : strings.groups.showAll(groups.length)}
        </Button>
      )}
      {hasPersonal && (
        <Text as="p" size={200} className={styles.note}>
          {strings.groups.personalNote}
        </Text>
      )}
    </section>
  );
}

/**
 * A group that opens to list its people. A button with aria-expanded rather than <details>/<summary>: Office.js
 * handles Tab itself in the add-in frame and skips <summary>, so a native disclosure cannot be reached there.
 */
function GroupDisclosure({ group }: { group: PartyGroup }) {
  const strings = useStrings();
  const styles = usePartyGroupsStyles();
  const panelId = useId();
  // The list is only built once opened: a closed group of 300 people costs nothing.
  const [open, setOpen] = useState(false);
  return (
    <div className={styles.group}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
        className={styles.toggleGroup}
      >
        <span aria-hidden="true" className={mergeClasses(styles.chevron, open && styles.chevronOpen)} />
        <span className={group.kind === "organization" ? styles.domain : undefined}>{groupName(group, strings)}</span>
        {` — ${strings.groups.size(group.people.length)}`}
      </button>
      {open && <PeopleList id={panelId} people={group.people} />}
    </div>
  );
}

function PeopleList({ id, people }: { id: string; people: ListedPerson[] }) {
  const strings = useStrings();
  const styles = usePartyGroupsStyles();
  const listed = people.slice(0, LISTED_PEOPLE);
  return (
    <div id={id} className={styles.panel}>
      <ul className={styles.people}>
        {listed.map((person, index) => (
          <li key={`${person.address}:${index}`}>
            {person.name && person.name !== person.address ? (
              <>
                {person.name} <span className={mergeClasses(styles.address, styles.secondary)}>{person.address}</span>
              </>
            ) : (
              <span className={styles.address}>{person.address}</span>
            )}
          </li>
        ))}
      </ul>
      {people.length > listed.length && (
        <Text as="p" size={200} className={styles.note}>
          {strings.groups.more(people.length - listed.length)}
        </Text>
      )}
    </div>
  );
}

function groupName(group: PartyGroup, strings: PaneStrings): string {
  return group.kind === "personal" ? strings.groups.personal : group.key;
}
