package org.safeguard.admin.rest;

import org.safeguard.admin.Accounts;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What an administrator does to an account over the API: reset its password, disable it. */
@RestController
@RequestMapping(path = "/api/admin/accounts/{username}", produces = MediaType.APPLICATION_JSON_VALUE)
class AccountAdminController {

    private final Accounts accounts;

    AccountAdminController(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Body: {@code {"password":"…"}}, at least 12 characters; the old password stops working at once. */
    @PutMapping(path = "/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> resetPassword(@PathVariable String username, @RequestBody NewPassword body) {
        accounts.changePassword(username, body.password());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/disable")
    ResponseEntity<Void> disable(@PathVariable String username) {
        accounts.disable(username);
        return ResponseEntity.noContent().build();
    }

    record NewPassword(String password) {
        @Override
        public String toString() {
            return "NewPassword[…]";
        }
    }
}
