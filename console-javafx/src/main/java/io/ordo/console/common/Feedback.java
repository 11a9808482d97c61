package io.ordo.console.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What a screen last said about a change asked of it: the server's answer in words, or why it
 * could not be done, and whether that is an error. Empty when there is nothing to say.
 */
public final class Feedback {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper isError = new ReadOnlyBooleanWrapper(false);

    public void say(String sentence, boolean error) {
        text.set(sentence);
        isError.set(error);
    }

    /** Says nothing any more; whether the last thing said was an error stays as it was. */
    public void clear() {
        text.set("");
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty isErrorProperty() {
        return isError.getReadOnlyProperty();
    }
}
