package io.ordo.client.model;

/** The person an order is for. Personal data: never log it. */
public record Customer(String name, String email, String phone, String address) {
}
