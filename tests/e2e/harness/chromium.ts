// The harness launches Chromium exactly as the print service does (one flag list, one finder).
export { CHROMIUM_ARGS, findChromium, launchChromium } from '../../../src/main/services/print/chromium'
