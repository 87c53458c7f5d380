import { makeStyles, tokens } from "@fluentui/react-components";

export const useStatusBannerStyles = makeStyles({
  sentence: {
    margin: 0,
    marginTop: tokens.spacingVerticalXS,
  },
});
