// Progressive enhancement only: every page works without this file.
// Move the reader to the error summary after a submission with problems (GOV.UK pattern).
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('.error-summary');
  if (summary) { summary.focus(); }
});
