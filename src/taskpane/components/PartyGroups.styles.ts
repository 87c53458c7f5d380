import { makeStyles, shorthands, tokens, typographyStyles } from "@fluentui/react-components";

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
  toggleGroup: {
    ...typographyStyles.body1Strong,
    display: "block",
    width: "100%",
    margin: 0,
    ...shorthands.borderStyle("none"),
    backgroundColor: "transparent",
    color: "inherit",
    textAlign: "start",
    cursor: "pointer",
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": {
      backgroundColor: tokens.colorSubtleBackgroundHover,
      // The hover background is bright cyan in high contrast: the text must turn dark with it, as Fluent's do.
      color: tokens.colorNeutralForeground1Hover,
    },
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
    },
    // Fluent's own keyboard detection marks the focused element; Office.js moves focus by script, which the
    // browser's :focus-visible does not always count as keyboard use.
    "&[data-fui-focus-visible]": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  /** A small triangle drawn with borders: pointing right when closed, down when open. */
  chevron: {
    display: "inline-block",
    verticalAlign: "middle",
    marginRight: tokens.spacingHorizontalS,
    width: 0,
    height: 0,
    borderTopWidth: "4px",
    borderBottomWidth: "4px",
    borderLeftWidth: "6px",
    borderRightWidth: 0,
    ...shorthands.borderStyle("solid"),
    borderTopColor: "transparent",
    borderBottomColor: "transparent",
    borderLeftColor: "currentColor",
    transitionProperty: "transform",
    transitionDuration: tokens.durationFaster,
    "@media (prefers-reduced-motion: reduce)": { transitionDuration: "0.01ms" },
  },
  chevronOpen: {
    transform: "rotate(90deg)",
  },
  /** Domains and addresses may break anywhere: they have no natural break points and can be longer than the pane. */
  domain: {
    overflowWrap: "anywhere",
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
  address: {
    overflowWrap: "anywhere",
  },
  secondary: {
    color: tokens.colorNeutralForeground2,
  },
});
