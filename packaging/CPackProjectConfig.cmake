# SPDX-License-Identifier: GPL-3.0-or-later
# Read by cpack at packaging time (CPACK_PROJECT_CONFIG_FILE). CPackDeb puts the project's
# summary line in front of every component's description; ours start with their own
# synopsis (client or hub), so it goes.
if(CPACK_GENERATOR STREQUAL "DEB")
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
