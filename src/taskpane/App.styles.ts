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
    // Long addresses and domains wrap instead of pushing the pane sideways at Outlook's narrowest width.
    overflowWrap: "anywhere",
  },
  title: {
    margin: 0,
  },
  text: {
    margin: 0,
  },
});
