// The ribbon's function file (manifest FunctionFile). The Home-tab button is a ShowTaskpane action that
// Office handles itself, so no command function is registered yet; the page only has to initialise office.js,
// or Office reports the add-in as not responding.
Office.onReady(() => undefined);
