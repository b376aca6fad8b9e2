/** Problem responses for Spring Security's 401 and 403. */
package dev.orderflow.platform.web.security;
