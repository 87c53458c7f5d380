import { makeStyles, tokens } from "@fluentui/react-components";

export const useAppStyles = makeStyles({
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    paddingTop: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalXXL,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    maxWidth: "100%",
    minWidth: 0,
    // Words break at syllables in the page's language (the pane sets <html lang>), and only a word longer than
    // the whole line breaks elsewhere; addresses and domains, which have no syllables, may break anywhere (their
    // own styles), so that nothing pushes the pane sideways at Outlook's narrowest width or at 200 % zoom.
    hyphens: "auto",
    overflowWrap: "break-word",
    // A message box lays its text out in a grid column that would otherwise never be narrower than its longest
    // word, and push the pane sideways at 200 % zoom: let it shrink so that only such a word breaks.
    "& .fui-MessageBarBody": {
      minWidth: 0,
    },
  },
  title: {
    margin: 0,
  },
  text: {
    margin: 0,
  },
});
