// The report view's behaviour: sort the models table, jump to a location, ask for an export in any format. All data is
// already in the page (escaped by the extension); this script only reads attributes and posts messages.
(function () {
  const vscode = acquireVsCodeApi();

  // Every report format gets a button. The page may render some; the missing ones are added here with
  // textContent (no markup from strings). The extension validates the format before it exports anything.
  const EXPORTS = [
    ['markdown', 'Export Markdown'],
    ['json', 'Export JSON'],
    ['html', 'Export HTML'],
    ['cyclonedx', 'Export CycloneDX'],
    ['spdx', 'Export SPDX'],
    ['sarif', 'Export SARIF'],
  ];
  const actions = document.querySelector('header .actions');
  if (actions) {
    for (const [format, label] of EXPORTS) {
      if (actions.querySelector(`button[data-export="${format}"]`)) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.export = format;
      button.textContent = label;
      actions.appendChild(button);
    }
  }

  for (const button of document.querySelectorAll('button[data-export]')) {
    button.addEventListener('click', () => vscode.postMessage({ type: 'export', format: button.dataset.export }));
  }

  for (const link of document.querySelectorAll('a.location')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const { root, file, line, column } = link.dataset;
      vscode.postMessage({ type: 'open', root, file, line: Number(line), column: Number(column) });
    });
  }

  const table = document.getElementById('models');
  if (!table) return;
  const body = table.tBodies[0];
  let sorted = { column: -1, ascending: true };
  for (const button of table.querySelectorAll('button.sort')) {
    button.addEventListener('click', () => {
      const column = Number(button.dataset.column);
      const ascending = sorted.column === column ? !sorted.ascending : column !== 5;
      sorted = { column, ascending };
      const rows = Array.from(body.rows);
      rows.sort((a, b) => {
        const left = a.cells[column].dataset.sort || '';
        const right = b.cells[column].dataset.sort || '';
        return (ascending ? 1 : -1) * left.localeCompare(right);
      });
      for (const row of rows) body.appendChild(row);
      for (const header of table.querySelectorAll('th')) header.removeAttribute('aria-sort');
      button.parentElement.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    });
  }
})();
