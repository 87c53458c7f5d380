import { makeStyles, tokens } from "@fluentui/react-components";

export const useMoveOutcomeStyles = makeStyles({
  sentence: {
    margin: 0,
    marginTop: tokens.spacingVerticalXS,
  },
});
