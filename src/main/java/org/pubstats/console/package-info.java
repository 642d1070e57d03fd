/**
 * The office's console, {@code ./pubstats serve}: a small web application (Spring MVC, Thymeleaf, Spring Security
 * form login) over the same warehouse and the same run command as the command line. It runs the job on a
 * schedule and on a button, one run at a time, and shows the county table, the runs and who has submitted.
 * Its beans exist only in the web application that {@code serve} starts; every other command runs without them.
 */
package org.pubstats.console;
