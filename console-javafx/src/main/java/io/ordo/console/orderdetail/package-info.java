/** The order detail screen: lines, customer, payment, the history as a timeline, and the changes legal now. */
package io.ordo.console.orderdetail;
