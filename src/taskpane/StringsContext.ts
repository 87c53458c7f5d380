import { createContext, useContext } from "react";

import type { PaneStrings } from "./strings/catalog.ts";
import { EN } from "./strings/en.ts";

/** The pane's words in the user's language; English when no provider is above (a component rendered alone). */
export const StringsContext = createContext<PaneStrings>(EN);

export function useStrings(): PaneStrings {
  return useContext(StringsContext);
}
