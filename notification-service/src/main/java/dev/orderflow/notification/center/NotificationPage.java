package dev.orderflow.notification.center;

import java.util.List;

import dev.orderflow.notification.model.Notification;

/**
 * One page of a user's notifications, newest first.
 *
 * @param items the notifications on the page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param totalItems how many there are in all
 */
public record NotificationPage(List<Notification> items, int page, int size, long totalItems) {

}
