import { createContext, useContext } from "react";

import type { PaneStrings } from "../engine/texts/paneCatalog.ts";
import { EN_PANE } from "../engine/texts/en/pane.ts";

/** The pane's words in the user's language; English when no provider is above (a component rendered alone). */
export const StringsContext = createContext<PaneStrings>(EN_PANE);

export function useStrings(): PaneStrings {
  return useContext(StringsContext);
}
