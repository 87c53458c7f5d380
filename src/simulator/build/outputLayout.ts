/** Where the fake Office.js is written inside the simulator's build, and the URL path it is served at. */
export const FAKE_OFFICE_PATH = "fake-office/office.js";

/** The simulator page's scripts and styles: a folder of their own, so they never collide with dist/assets. */
export const SIMULATOR_ASSETS_DIR = "simulator-assets";
