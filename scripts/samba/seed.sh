#!/usr/bin/env bash
# Adds the test school to a freshly provisioned Samba AD, straight into its database (samba not running).
# Called by scripts/samba/start.sh: seed.sh SMB_CONF SAM_LDB BASE_DN SERVICE_PASSWORD
#
# Reserved for tests that change things: ben and finn (passwords), carla (refusals), ella (disabled);
# gina and hugo (class 5C) for the resets through the core (test/services/ldap-reset-*.test.ts).
# The passwords differ from the OpenLDAP seed because AD's complexity rule refuses one containing the user id.
set -euo pipefail
CONF="$1" DB="$2" BASE="$3" SERVICE_PASSWORD="$4"
tool() { samba-tool "$@" -s "$CONF" -H "$DB"; }

for ou in Services Students Staff Groups "Classes,OU=Groups"; do tool ou create "OU=$ou,$BASE"; done

# The service account: a plain user that may only reset students' passwords (see the ACEs below).
tool user create pwreset "$SERVICE_PASSWORD" --use-username-as-cn --userou=OU=Services \
  --description="The password reset bot"
tool user setexpiry pwreset --noexpiry
SID="$(tool user show pwreset --attributes=objectSid | sed -n 's/^objectSid: //p')"

# Delegation on OU=Students, inherited by user objects (bf967aba-...: the user class):
#   CR   00299570-...  the "Reset Password" extended right (set unicodePwd without knowing the old one)
#   RPWP bf967a0a-...  read/write pwdLastSet (must change at next logon)
#   RPWP 28630ebf-...  read/write lockoutTime (unlock)
# Set before the students are created, so that their security descriptors inherit it.
USER_CLASS=bf967aba-0de6-11d0-a285-00aa003049e2
tool dsacl set --objectdn="OU=Students,$BASE" --sddl="\
(OA;CIIO;CR;00299570-246d-11d0-a768-00aa006e0529;$USER_CLASS;$SID)\
(OA;CIIO;RPWP;bf967a0a-0de6-11d0-a285-00aa003049e2;$USER_CLASS;$SID)\
(OA;CIIO;RPWP;28630ebf-41d5-11d1-a9c1-0000f80367c1;$USER_CLASS;$SID)"

person() { # id given surname password ou
  tool user create "$1" "$4" --use-username-as-cn --given-name="$2" --surname="$3" \
    --mail-address="$1@school.test" --userou="OU=$5"
}
person alice Alice Archer 'Red-Apple-41' Students
person ben Ben Baker 'Blue-Boat-52' Students
person carla Carla Cruz 'Green-Leaf-63' Students
person dan Dan Dunn 'Gold-Star-74' Students
person ella Ella Eves 'Pink-Moon-85' Students
person finn Finn Fox 'Gray-Rock-96' Students
person gina Gina Green 'Sunny-Kite-31' Students
person hugo Hugo Hill 'Quiet-River-42' Students
person tmiller Tom Miller 'Tall-Tree-17' Staff
person tjones Tina Jones 'Warm-Sun-28' Staff
person itadmin Ivy Admin 'Deep-Sea-39' Staff
tool user disable ella

tool group add Teachers --groupou=OU=Groups
tool group add "IT Admins" --groupou=OU=Groups
tool group add 4A --groupou="OU=Classes,OU=Groups"
tool group add 4B --groupou="OU=Classes,OU=Groups"
tool group add 5C --groupou="OU=Classes,OU=Groups"
tool group addmembers Teachers tmiller,tjones
tool group addmembers "IT Admins" itadmin
tool group addmembers 4A alice,ben,carla,tmiller
tool group addmembers 4B dan,ella,finn,tjones
tool group addmembers 5C gina,hugo
