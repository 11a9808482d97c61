/** The projection rules: how each fact about orders, payments and stock changes the read models. */
package io.ordo.reporting.domain;
