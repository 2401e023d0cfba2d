/** The scorecard and statistics views for managers and auditors, with their CSV downloads and printable page. */
package org.safeguard.statistics.ui;
