/** The sign-in screen: view (FXML + binding controller) and its view-model. */
package io.ordo.console.signin;
