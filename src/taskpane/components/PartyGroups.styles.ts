import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const usePartyGroupsStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
  },
  text: {
    margin: 0,
  },
  groups: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  group: {
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: "solid",
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  summary: {
    ...typographyStyles.body1Strong,
    cursor: "pointer",
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": {
      backgroundColor: tokens.colorSubtleBackgroundHover,
    },
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  panel: {
    paddingBottom: tokens.spacingVerticalS,
  },
  toggle: {
    alignSelf: "flex-start",
  },
  note: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  people: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXXL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  person: {
    overflowWrap: "anywhere",
  },
  address: {
    color: tokens.colorNeutralForeground2,
  },
});
