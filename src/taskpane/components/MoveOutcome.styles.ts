import { makeStyles, tokens } from "@fluentui/react-components";

export const useMoveOutcomeStyles = makeStyles({
  /** The box takes focus after a move or an undo: a ring as clear as a button's. */
  box: {
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: tokens.strokeWidthThin,
    },
    "&[data-fui-focus-visible]": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
  sentence: {
    margin: 0,
    marginTop: tokens.spacingVerticalXS,
  },
});
