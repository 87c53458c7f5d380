import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useRecipientCountsStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
  },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  count: {
    display: "flex",
    flexDirection: "column",
  },
  label: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  value: {
    ...typographyStyles.subtitle1,
    margin: 0,
  },
  summary: {
    margin: 0,
  },
});
