package io.ordo.ordering.api;

import io.ordo.ordering.application.CustomerErasure;
import io.ordo.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Erasure of a customer's personal data, by admins. */
@Path("admin/customers/erasures")
@ApplicationScoped
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer", scopes = Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class CustomerErasureResource {

    @Inject
    CustomerErasure erasure;

    /** Whose data to erase: the customer is known by their email address. */
    public record EraseRequest(
            @NotBlank(message = "is required") @Email(message = "must be an email address")
            @Size(max = 320, message = "must be at most 320 characters") String email) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "eraseCustomer",
            summary = "Erase a customer's personal data on every order by destroying their data key",
            description = "The orders stay for the accounts; their customer reads as erased from now on. "
                    + "The audit log records the erasure under a prefix of the keyed email hash, never the email.")
    public CustomerErasure.Erasure erase(@NotNull(message = "a JSON body with the customer's email is required")
                                         @Valid EraseRequest request) {
        return erasure.erase(request.email());
    }
}
