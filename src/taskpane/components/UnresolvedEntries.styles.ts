import { makeStyles, tokens } from "@fluentui/react-components";

export const useUnresolvedEntriesStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    borderLeftWidth: tokens.strokeWidthThick,
    borderLeftStyle: "solid",
    borderLeftColor: tokens.colorPaletteYellowBorder2,
    paddingLeft: tokens.spacingHorizontalM,
  },
  heading: {
    margin: 0,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  entry: {
    overflowWrap: "anywhere",
  },
  text: {
    margin: 0,
  },
});
