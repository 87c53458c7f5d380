import { makeStaticStyles, makeStyles } from "@fluentui/react-components";

export const usePaneStyles = makeStyles({
  root: {
    minHeight: "100vh",
  },
});

/** The page itself: no margin, so the pane's background reaches the edges of Outlook's frame. */
export const usePageStyles = makeStaticStyles({
  body: { margin: 0 },
});
