package io.ordo.cli.deadletters;

import io.ordo.cli.command.KnownNames;
import io.ordo.client.model.DeadLetterStatus;

import java.util.Iterator;

/** The dead-letter statuses the client knows, for shell completion and the help of {@code --status}. */
public final class DeadLetterStatusNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return KnownNames.namesOf(DeadLetterStatus.values(), DeadLetterStatus::name).iterator();
    }
}
