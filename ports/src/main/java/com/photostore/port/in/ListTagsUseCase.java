package com.photostore.port.in;

import com.photostore.domain.photo.TagCount;
import com.photostore.domain.session.Principal;
import java.util.List;

/** Lists the tags the caller uses. */
public interface ListTagsUseCase {

    /** Each tag on the caller's ready photos with how many carry it, most used first. */
    List<TagCount> list(Principal principal);
}
