import { makeStyles } from "@fluentui/react-components";

export const useLiveAnnouncementStyles = makeStyles({
  // Hidden from sight but not from screen readers (display: none would silence the live region).
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});
